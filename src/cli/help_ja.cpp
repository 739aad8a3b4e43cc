#include "cli/help_ja.hpp"

#include <utility>

#include "cli/commands.hpp"
#include "ecosys/analysis/registry.hpp"

namespace ecosys::cli {

namespace {

constexpr std::pair<std::string_view, std::string_view> summaries[] = {
    {"compare",
     "地域を並べて比べる: ネットワークの地域ごと (--by region、1ファイルの既定)、ファイルごと (--by network、\n"
     "複数ファイルの既定)、または年ごと (--by year: その年までの紐帯とプロジェクト、--window / --periods で期間ごと)\n"
     "に1行。`ecosys metrics` の地域指標を列とし、各値に順位 (1 = 最大) を付ける。規模だけで増減する\n"
     "クラスター係数と経路長には、同じアクターと次数の乱数グラフに対する z 値も付くので、20 アクターの地域と\n"
     "300 アクターの地域を比べられる。定義: docs/metrics.md"},
    {"convert",
     "ネットワークの形式を変換する: JSON、CSV フォルダー、GraphML、GEXF、GML、Pajek、DOT (入力はエッジリストも)。\n"
     "出力形式は OUT の拡張子 (なし: CSV フォルダー) か --format で決まる。'-' は標準出力へ"},
    {"diff",
     "2つのネットワーク (2ファイル) または1つのネットワークの2期間 (--years A-B --vs C-D) の間の変化:\n"
     "増えた・減ったアクターと紐帯、各地域指標の前後、セクター間の紐帯の増減、上位の仲介者の\n"
     "入れ替わり、連結成分が変わったアクター。--diagram で変化を1枚の図に描く"},
    {"evaluate",
     "事業は、支援した地域のエコシステムを他の地域以上に変えたか、事業で生まれた共同は続くか。各地域指標に\n"
     "ついて差の差 (対象地域の --pre から --post への平均変化 − 対照地域の変化) と、地域の間で対象を付け替える\n"
     "並べ替え検定の p 値。続いて、事業のプロジェクトで初めて生まれた紐帯の持続を、同じ年に他の\n"
     "プロジェクトで生まれた紐帯と比べる (カプラン・マイヤー、ログランク検定)。--fiscal-years で年度。\n"
     "定義と限界: docs/evaluation.md"},
    {"explore",
     "ネットワークをブラウザーで探索する1枚の HTML にする (オフラインで動く): 図と同じ位置のアクター、\n"
     "セクターごとの色と形、ID・名称での検索、セクター・地域・紐帯の種類・年での絞り込み (成長を再生する\n"
     "タイムライン)、k-コアのスライダー、任意のアクター指標での大きさ、クリックで指標とエゴネットワーク、\n"
     "表示を SVG・PNG で保存。docs/explorer.md"},
    {"extract",
     "ネットワークの一部を書き出す: 地域 (--region)、セクター (--sector)、年 (--years) の紐帯とプロジェクト、\n"
     "最大連結成分 (--giant)、k-コア (--k-core)、アクターの近傍 (--ego, --radius)、孤立点を除く\n"
     "(--drop-isolates)。条件は組み合わせられる。名称・属性・プロジェクト・セクターと地域の宣言は保たれる。\n"
     "docs/selection.md"},
    {"import-projects",
     "参加者表 (CSV、プロジェクトごと・アクターごとに1行、助成機関が公開する形) からアクターとプロジェクトを読む。\n"
     "元の組織種別は --sector-map FILE (列 value,sector) でセクターに対応づける"},
    {"helix",
     "ヘリックス (産学官金) がどう結びつくか、地域ごと (その地域のアクターとその間の紐帯) とネットワーク\n"
     "全体 ('*'): セクター間の紐帯 (本数と密度)、欠けている紐帯、セクター横断の割合、E-I指数と\n"
     "並べ替え検定、セクター同類性、バートの構造的空隙、グールド・フェルナンデスの仲介役割、コネクターハブ、\n"
     "プロジェクトのシナジー。docs/helix.md"},
    {"info", "ネットワークを要約する: セクター・地域ごとのアクター、種類ごとの紐帯、年、プロジェクト"},
    {"keyplayers",
     "キープレーヤー (Borgatti 2006): 取り除くと地域が最も分断される K アクター (--goal fragment: 経路の\n"
     "なくなるペアの割合)、または --radius 歩以内で最も多くのアクターに届く K アクター (--goal reach)。\n"
     "約1秒で済むならすべての組を試す (厳密解)。定義: docs/whatif.md"},
    {"links",
     "リンク予測: まだ結びついていないアクターのペアを近傍スコアで順位付けする (common_neighbors, jaccard,\n"
     "adamic_adar, resource_allocation, preferential_attachment)。--evaluate --train-until YEAR では、YEAR 以後に\n"
     "生まれた紐帯を各スコアがどれだけ予測したか (AUC、平均適合率、上位 k 件の適合率)。docs/matching.md"},
    {"match",
     "ニーズ×シーズ: ニーズ (企業が求める技術キーワード) をもつアクターとシーズ (大学・研究機関が提供するもの)\n"
     "をもつアクターの、まだ結びついていないペアを、キーワードの類似度とネットワーク上の近さで順位付けする。\n"
     "紹介できる仲介者と、地域内で満たせないニーズも示す。docs/matching.md"},
    {"metrics",
     "各アクターの中心性・クラスター指標と、各地域の要約指標 (ネットワーク全体は '*')。紐帯は無向として\n"
     "読む (--directed を参照)。重複する紐帯は重みの和をもつ1本、自己ループは除く。プロジェクトの参加者の各ペアも\n"
     "結ぶ (重み = 共同プロジェクト数、--no-projects を参照)。重みは強さ (大きいほど近い) で、--weighted では経路の\n"
     "指標が距離 = 1/重み を使う。定義と正規化: docs/metrics.md、用語: docs/glossary-ja.md"},
    {"qap",
     "同じ地域・同じセクター・以前の紐帯は、他を一定として共同を予測するか。ペアの変数 (--y、既定は\n"
     "紐帯) をペアの説明変数 (--x) に OLS またはロジットで回帰し、QAP 並べ替えで p 値を求める\n"
     "(既定は Dekker の二重半偏回帰)。--correlate は QAP 相関。docs/qap.md"},
    {"render", "Graphviz でエコシステム図を描く: ネットワーク全体、1地域、全地域、または概観図"},
    {"report",
     "分析全体を、オフラインで単独で開ける1つの HTML にする: 概観図、地域の比較 (列をクリックで並べ替え、\n"
     "順位と規模調整済みの z 値)、主要指標のグラフ、地域ごとの節 (図、主な仲介者と役割、セクター構成、\n"
     "セクター間の紐帯)、方法 (入力のチェックサム、版、パラメーター、シード、定義)。docs/report.md"},
    {"validate",
     "ネットワークファイルを検査し、すべての問題を FILE:LINE:COL: error: MESSAGE で示す。\n"
     "すべて有効なら終了コード 0 (警告は可)、無効なものがあれば 1"},
    {"whatif",
     "アクター・紐帯・プロジェクトがなくなったら (コーディネーターが去る、事業が終わる)? 各地域とネットワーク\n"
     "全体 '*' の地域指標の前後と変化、地域の最大連結成分から切り離されるアクター、分断度、最後の紐帯を\n"
     "失うセクターの組、各地域の辺連結度 (Stoer-Wagner 最小カット)。--each-role / --each-actor は1アクターずつ\n"
     "取り除き、残る分断度で順位付けする。定義: docs/whatif.md"},
};

/// "  degree          次数中心性" lines of one level's keys.
std::string key_lines(MetricLevel level) {
    std::string out;
    for (const std::string& key : metric_keys(level)) {
        const MetricInfo* m = find_metric(key);
        std::string line = "  " + key;
        line.resize(std::max<std::size_t>(line.size() + 1, 30), ' ');
        out += line + std::string(m->label_ja) + "\n";
    }
    return out;
}

}  // namespace

Language help_language(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view a(argv[i]);
        if (a == "--lang=ja" || (a == "--lang" && i + 1 < argc && std::string_view(argv[i + 1]) == "ja")) return Language::ja;
        if (a == "--lang=en" || (a == "--lang" && i + 1 < argc && std::string_view(argv[i + 1]) == "en")) return Language::en;
    }
    return default_language();
}

std::string_view command_summary_ja(std::string_view command) {
    for (const auto& [name, text] : summaries)
        if (name == command) return text;
    return {};
}

void use_japanese_help(CLI::App& app) {
    app.description(
        "ecosys: 地域イノベーション・エコシステム (産学官金) をアクターと紐帯のネットワークとして分析する。\n\n"
        "NETWORK は JSON ファイルか CSV ファイルのフォルダー (docs/network-format.md)、または他のツールの GraphML、\n"
        "GEXF、GML、Pajek、エッジリスト、DOT ファイル (docs/formats.md)。\n"
        "各コマンドのオプションは 'ecosys COMMAND --help' で。--lang ja (または ECOSYS_LANG=ja) で表・見出しが日本語になる。");
    for (const auto& command : commands) {
        CLI::App* sub = app.get_subcommand(command.name);
        std::string text(command_summary_ja(command.name));
        if (text.empty()) continue;
        if (std::string_view(command.name) == "metrics")
            text += "\n\nアクター指標:\n" + key_lines(MetricLevel::actor) + "地域指標:\n" + key_lines(MetricLevel::region);
        sub->description(text);
    }
}

}  // namespace ecosys::cli
