graph [
  node [ id 1 label "a" sector "industry" ]
  node [ id 2 label "b" sector "finance" ]
  edge [ source 1 target 3 ]
  edge [ source 2 ]
]
