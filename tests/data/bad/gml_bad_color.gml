graph [
  ecosys [
    sector [ id "industry" color "a;b" ]
  ]
  node [ id 1 label "a" sector "industry" ]
  node [ id 2 label "b" sector "industry" ]
  edge [ source 1 target 2 ]
]
