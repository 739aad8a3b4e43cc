# Reference values of the QAP tests (tests/inference/qap_test.cpp): R's sna package
# (Butts) fits netlm, netlogit and gcor, and runs their permutation tests, on small
# matrices drawn here with set.seed; writes tests/reference/qap.json.
#
# Needs R and sna (Debian: apt-get install -y --no-install-recommends r-cran-sna r-base-core).
# Run from the repository root:  Rscript tests/reference/make_qap_reference.R
# About two minutes; the file is committed, so the C++ tests need no R.

suppressPackageStartupMessages(library(sna))

reps <- 10000

# --- a minimal JSON writer (no package beyond sna needed) -------------------------------
json_number <- function(x) {
  if (is.na(x)) stop("NA in reference output")
  sprintf("%.17g", x)
}
json_numbers <- function(x) paste(vapply(x, json_number, ""), collapse = ", ")
json_value <- function(x, indent = "") {
  inner <- paste0(indent, "  ")
  if (is.list(x)) {
    if (is.null(names(x))) {
      items <- vapply(x, json_value, "", indent = inner)
      return(paste0("[\n", paste0(inner, items, collapse = ",\n"), "\n", indent, "]"))
    }
    items <- vapply(names(x), function(k) paste0(inner, "\"", k, "\": ", json_value(x[[k]], inner)), "")
    return(paste0("{\n", paste(items, collapse = ",\n"), "\n", indent, "}"))
  }
  if (is.character(x)) return(paste0("\"", x, "\""))
  if (is.logical(x)) return(if (x) "true" else "false")
  if (is.null(attr(x, "array"))) return(json_number(x))
  row_length <- attr(x, "row_length")
  if (is.null(row_length)) return(paste0("[", json_numbers(x), "]"))
  rows <- split(as.numeric(x), ceiling(seq_along(x) / row_length))
  paste0("[\n", paste0(inner, vapply(rows, json_numbers, ""), collapse = ",\n"), "\n", indent, "]")
}
# values[i*n + j] = m[i + 1, j + 1], written one row of the matrix per line.
row_major <- function(m) structure(as.vector(t(m)), array = TRUE, row_length = ncol(m))

# --- the matrices -------------------------------------------------------------------------
symmetric <- function(m) { m[lower.tri(m)] <- t(m)[lower.tri(m)]; diag(m) <- 0; m }
no_diagonal <- function(m) { diag(m) <- 0; m }

# Actors in three groups, with a position on a line and an activity level.
actors <- function(n) list(group = sample(1:3, n, replace = TRUE), position = round(runif(n, 0, 10), 2),
                           activity = rpois(n, 2))
same_group <- function(a) outer(a$group, a$group, "==") * 1
distance <- function(a) abs(outer(a$position, a$position, "-"))
activity_sum <- function(a) outer(a$activity, a$activity, "+") * 1

# --- the cases ----------------------------------------------------------------------------
regression_case <- function(name, model, null, directed, y, x, predictor_names) {
  mode <- if (directed) "digraph" else "graph"
  nullhyp <- if (null == "dsp") "qapspp" else "qapy"
  xs <- if (length(x) == 1) x[[1]] else x
  t0 <- proc.time()[["elapsed"]]
  if (model == "ols") {
    fit <- netlm(y, xs, mode = mode, nullhyp = nullhyp, reps = reps)
    rss <- sum(fit$residuals^2)
    se <- sqrt(diag(chol2inv(fit$qr$qr)) * rss / (fit$n - fit$rank))
    mss <- sum((fit$fitted.values - mean(fit$fitted.values))^2)
    r2 <- mss / (mss + rss)
    fit_values <- list(r2 = r2, adjusted_r2 = 1 - (1 - r2) * ((fit$n - 1) / (fit$n - fit$rank)))
  } else {
    fit <- netlogit(y, xs, mode = mode, nullhyp = nullhyp, reps = reps)
    se <- fit$se
    fit_values <- list(deviance = fit$deviance, null_deviance = fit$null.deviance, aic = fit$aic, bic = fit$bic)
  }
  message(sprintf("%s: %.1f s", name, proc.time()[["elapsed"]] - t0))
  terms <- c("(intercept)", predictor_names)
  coefficients <- lapply(seq_along(terms), function(k) list(
    term = terms[k], estimate = fit$coefficients[k], std_error = se[k], t = fit$tstat[k],
    p_greater = fit$pgreq[k], p_less = fit$pleeq[k], p_two_sided = fit$pgreqabs[k]))
  predictors <- lapply(seq_along(x), function(k) list(name = predictor_names[k], values = row_major(x[[k]])))
  c(list(name = name, model = model, null = null, directed = directed, n = nrow(y), n_dyads = length(fit$residuals),
         permutations = reps, y = row_major(y), predictors = predictors, coefficients = coefficients), fit_values)
}

correlation_case <- function(name, directed, a, b) {
  mode <- if (directed) "digraph" else "graph"
  test <- qaptest(list(a, b), gcor, g1 = 1, g2 = 2, mode = mode, reps = reps)
  list(name = name, directed = directed, n = nrow(a), a = row_major(a), b = row_major(b),
       correlation = gcor(a, b, mode = mode), permutations = reps,
       p_greater = test$pgreq, p_less = test$pleeq, p_two_sided = mean(abs(test$dist) >= abs(test$testval)))
}

logistic <- function(eta) 1 / (1 + exp(-eta))

cases <- list()
correlations <- list()

# Undirected, 14 actors (91 dyads).
set.seed(20240611)
a <- actors(14)
n <- 14
grp <- same_group(a)
dst <- symmetric(distance(a))
act <- symmetric(activity_sum(a))
noise <- symmetric(matrix(rnorm(n * n), n))
y_ols <- symmetric(1 + 0.9 * grp - 0.12 * dst + 0.05 * act + noise)
y_bin <- symmetric(matrix(rbinom(n * n, 1, logistic(-1 + 1.2 * grp - 0.15 * dst + 0.1 * act)), n))

set.seed(1)
cases[[length(cases) + 1]] <- regression_case("ols undirected dsp, 1 predictor", "ols", "dsp", FALSE,
                                              y_ols, list(dst), c("distance"))
set.seed(2)
cases[[length(cases) + 1]] <- regression_case("ols undirected y, 3 predictors", "ols", "y", FALSE,
                                              y_ols, list(grp, dst, act), c("same group", "distance", "activity"))
set.seed(3)
cases[[length(cases) + 1]] <- regression_case("ols undirected dsp, 3 predictors", "ols", "dsp", FALSE,
                                              y_ols, list(grp, dst, act), c("same group", "distance", "activity"))
set.seed(4)
cases[[length(cases) + 1]] <- regression_case("logit undirected dsp, 2 predictors", "logit", "dsp", FALSE,
                                              y_bin, list(grp, dst), c("same group", "distance"))
set.seed(5)
correlations[[length(correlations) + 1]] <- correlation_case("undirected", FALSE, y_ols, dst)

# Directed, 12 actors (132 dyads): senders' activity and receivers' group matter.
set.seed(20240612)
n <- 12
a <- actors(n)
grp <- no_diagonal(same_group(a))
dst <- no_diagonal(distance(a))
send <- no_diagonal(matrix(a$activity, n, n))  # the sender's activity, row by row
recip <- no_diagonal(matrix(rnorm(n * n), n))
y_ols <- no_diagonal(0.5 + 0.6 * grp - 0.08 * dst + 0.2 * send + 0.1 * recip + matrix(rnorm(n * n), n))
y_bin <- no_diagonal(matrix(rbinom(n * n, 1, logistic(-0.5 + 1.0 * grp - 0.2 * dst + 0.15 * send)), n))

set.seed(6)
cases[[length(cases) + 1]] <- regression_case("ols directed dsp, 3 predictors", "ols", "dsp", TRUE,
                                              y_ols, list(grp, dst, send), c("same group", "distance", "sender activity"))
set.seed(7)
cases[[length(cases) + 1]] <- regression_case("ols directed y, 2 predictors", "ols", "y", TRUE,
                                              y_ols, list(dst, recip), c("distance", "noise"))
set.seed(8)
cases[[length(cases) + 1]] <- regression_case("logit directed y, 3 predictors", "logit", "y", TRUE,
                                              y_bin, list(grp, dst, send), c("same group", "distance", "sender activity"))
set.seed(9)
cases[[length(cases) + 1]] <- regression_case("logit directed dsp, 1 predictor", "logit", "dsp", TRUE,
                                              y_bin, list(send), c("sender activity"))
set.seed(10)
correlations[[length(correlations) + 1]] <- correlation_case("directed", TRUE, y_ols, recip)

out <- list(generator = "tests/reference/make_qap_reference.R",
            r_version = paste(R.version$major, R.version$minor, sep = "."),
            sna_version = as.character(packageVersion("sna")),
            regressions = cases, correlations = correlations)
writeLines(json_value(out), "tests/reference/qap.json")
message("wrote tests/reference/qap.json")
