graph [
  name "karate"
  node [
    id 0
    label "Mr Hi"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 1
  ]
  node [
    id 1
    label "Actor 2"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 2
  ]
  node [
    id 2
    label "Actor 3"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 3
  ]
  node [
    id 3
    label "Actor 4"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 4
  ]
  node [
    id 4
    label "Actor 5"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 5
  ]
  node [
    id 5
    label "Actor 6"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 6
  ]
  node [
    id 6
    label "Actor 7"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 7
  ]
  node [
    id 7
    label "Actor 8"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 8
  ]
  node [
    id 8
    label "Actor 9"
    sector "officers_faction"
    region "club-1"
    zachary_index 9
  ]
  node [
    id 9
    label "Actor 10"
    sector "officers_faction"
    region "club-2"
    zachary_index 10
  ]
  node [
    id 10
    label "Actor 11"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 11
  ]
  node [
    id 11
    label "Actor 12"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 12
  ]
  node [
    id 12
    label "Actor 13"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 13
  ]
  node [
    id 13
    label "Actor 14"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 14
  ]
  node [
    id 14
    label "Actor 15"
    sector "officers_faction"
    region "club-2"
    zachary_index 15
  ]
  node [
    id 15
    label "Actor 16"
    sector "officers_faction"
    region "club-2"
    zachary_index 16
  ]
  node [
    id 16
    label "Actor 17"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 17
  ]
  node [
    id 17
    label "Actor 18"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 18
  ]
  node [
    id 18
    label "Actor 19"
    sector "officers_faction"
    region "club-2"
    zachary_index 19
  ]
  node [
    id 19
    label "Actor 20"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 20
  ]
  node [
    id 20
    label "Actor 21"
    sector "officers_faction"
    region "club-2"
    zachary_index 21
  ]
  node [
    id 21
    label "Actor 22"
    sector "mr_hi_faction"
    region "club-1"
    zachary_index 22
  ]
  node [
    id 22
    label "Actor 23"
    sector "officers_faction"
    region "club-2"
    zachary_index 23
  ]
  node [
    id 23
    label "Actor 24"
    sector "officers_faction"
    region "club-2"
    zachary_index 24
  ]
  node [
    id 24
    label "Actor 25"
    sector "officers_faction"
    region "club-2"
    zachary_index 25
  ]
  node [
    id 25
    label "Actor 26"
    sector "officers_faction"
    region "club-2"
    zachary_index 26
  ]
  node [
    id 26
    label "Actor 27"
    sector "officers_faction"
    region "club-2"
    zachary_index 27
  ]
  node [
    id 27
    label "Actor 28"
    sector "officers_faction"
    region "club-2"
    zachary_index 28
  ]
  node [
    id 28
    label "Actor 29"
    sector "officers_faction"
    region "club-2"
    zachary_index 29
  ]
  node [
    id 29
    label "Actor 30"
    sector "officers_faction"
    region "club-2"
    zachary_index 30
  ]
  node [
    id 30
    label "Actor 31"
    sector "officers_faction"
    region "club-2"
    zachary_index 31
  ]
  node [
    id 31
    label "Actor 32"
    sector "officers_faction"
    region "club-2"
    zachary_index 32
  ]
  node [
    id 32
    label "Actor 33"
    sector "officers_faction"
    region "club-2"
    zachary_index 33
  ]
  node [
    id 33
    label "John A"
    sector "officers_faction"
    region "club-2"
    zachary_index 34
  ]
  edge [
    source 0
    target 1
    type "interaction"
    weight 4.0
  ]
  edge [
    source 0
    target 2
    type "interaction"
    weight 5.0
  ]
  edge [
    source 0
    target 3
    type "interaction"
    weight 3.0
  ]
  edge [
    source 0
    target 4
    type "interaction"
    weight 3.0
  ]
  edge [
    source 0
    target 5
    type "interaction"
    weight 3.0
  ]
  edge [
    source 0
    target 6
    type "interaction"
    weight 3.0
  ]
  edge [
    source 0
    target 7
    type "interaction"
    weight 2.0
  ]
  edge [
    source 0
    target 8
    type "interaction"
    weight 2.0
  ]
  edge [
    source 0
    target 10
    type "interaction"
    weight 2.0
  ]
  edge [
    source 0
    target 11
    type "interaction"
    weight 3.0
  ]
  edge [
    source 0
    target 12
    type "interaction"
    weight 1.0
  ]
  edge [
    source 0
    target 13
    type "interaction"
    weight 3.0
  ]
  edge [
    source 0
    target 17
    type "interaction"
    weight 2.0
  ]
  edge [
    source 0
    target 19
    type "interaction"
    weight 2.0
  ]
  edge [
    source 0
    target 21
    type "interaction"
    weight 2.0
  ]
  edge [
    source 0
    target 31
    type "interaction"
    weight 2.0
  ]
  edge [
    source 1
    target 2
    type "interaction"
    weight 6.0
  ]
  edge [
    source 1
    target 3
    type "interaction"
    weight 3.0
  ]
  edge [
    source 1
    target 7
    type "interaction"
    weight 4.0
  ]
  edge [
    source 1
    target 13
    type "interaction"
    weight 5.0
  ]
  edge [
    source 1
    target 17
    type "interaction"
    weight 1.0
  ]
  edge [
    source 1
    target 19
    type "interaction"
    weight 2.0
  ]
  edge [
    source 1
    target 21
    type "interaction"
    weight 2.0
  ]
  edge [
    source 1
    target 30
    type "interaction"
    weight 2.0
  ]
  edge [
    source 2
    target 3
    type "interaction"
    weight 3.0
  ]
  edge [
    source 2
    target 7
    type "interaction"
    weight 4.0
  ]
  edge [
    source 2
    target 8
    type "interaction"
    weight 5.0
  ]
  edge [
    source 2
    target 9
    type "interaction"
    weight 1.0
  ]
  edge [
    source 2
    target 13
    type "interaction"
    weight 3.0
  ]
  edge [
    source 2
    target 27
    type "interaction"
    weight 2.0
  ]
  edge [
    source 2
    target 28
    type "interaction"
    weight 2.0
  ]
  edge [
    source 2
    target 32
    type "interaction"
    weight 2.0
  ]
  edge [
    source 3
    target 7
    type "interaction"
    weight 3.0
  ]
  edge [
    source 3
    target 12
    type "interaction"
    weight 3.0
  ]
  edge [
    source 3
    target 13
    type "interaction"
    weight 3.0
  ]
  edge [
    source 4
    target 6
    type "interaction"
    weight 2.0
  ]
  edge [
    source 4
    target 10
    type "interaction"
    weight 3.0
  ]
  edge [
    source 5
    target 6
    type "interaction"
    weight 5.0
  ]
  edge [
    source 5
    target 10
    type "interaction"
    weight 3.0
  ]
  edge [
    source 5
    target 16
    type "interaction"
    weight 3.0
  ]
  edge [
    source 6
    target 16
    type "interaction"
    weight 3.0
  ]
  edge [
    source 8
    target 30
    type "interaction"
    weight 3.0
  ]
  edge [
    source 8
    target 32
    type "interaction"
    weight 3.0
  ]
  edge [
    source 8
    target 33
    type "interaction"
    weight 4.0
  ]
  edge [
    source 9
    target 33
    type "interaction"
    weight 2.0
  ]
  edge [
    source 13
    target 33
    type "interaction"
    weight 3.0
  ]
  edge [
    source 14
    target 32
    type "interaction"
    weight 3.0
  ]
  edge [
    source 14
    target 33
    type "interaction"
    weight 2.0
  ]
  edge [
    source 15
    target 32
    type "interaction"
    weight 3.0
  ]
  edge [
    source 15
    target 33
    type "interaction"
    weight 4.0
  ]
  edge [
    source 18
    target 32
    type "interaction"
    weight 1.0
  ]
  edge [
    source 18
    target 33
    type "interaction"
    weight 2.0
  ]
  edge [
    source 19
    target 33
    type "interaction"
    weight 1.0
  ]
  edge [
    source 20
    target 32
    type "interaction"
    weight 3.0
  ]
  edge [
    source 20
    target 33
    type "interaction"
    weight 1.0
  ]
  edge [
    source 22
    target 32
    type "interaction"
    weight 2.0
  ]
  edge [
    source 22
    target 33
    type "interaction"
    weight 3.0
  ]
  edge [
    source 23
    target 25
    type "interaction"
    weight 5.0
  ]
  edge [
    source 23
    target 27
    type "interaction"
    weight 4.0
  ]
  edge [
    source 23
    target 29
    type "interaction"
    weight 3.0
  ]
  edge [
    source 23
    target 32
    type "interaction"
    weight 5.0
  ]
  edge [
    source 23
    target 33
    type "interaction"
    weight 4.0
  ]
  edge [
    source 24
    target 25
    type "interaction"
    weight 2.0
  ]
  edge [
    source 24
    target 27
    type "interaction"
    weight 3.0
  ]
  edge [
    source 24
    target 31
    type "interaction"
    weight 2.0
  ]
  edge [
    source 25
    target 31
    type "interaction"
    weight 7.0
  ]
  edge [
    source 26
    target 29
    type "interaction"
    weight 4.0
  ]
  edge [
    source 26
    target 33
    type "interaction"
    weight 2.0
  ]
  edge [
    source 27
    target 33
    type "interaction"
    weight 4.0
  ]
  edge [
    source 28
    target 31
    type "interaction"
    weight 2.0
  ]
  edge [
    source 28
    target 33
    type "interaction"
    weight 2.0
  ]
  edge [
    source 29
    target 32
    type "interaction"
    weight 4.0
  ]
  edge [
    source 29
    target 33
    type "interaction"
    weight 2.0
  ]
  edge [
    source 30
    target 32
    type "interaction"
    weight 3.0
  ]
  edge [
    source 30
    target 33
    type "interaction"
    weight 3.0
  ]
  edge [
    source 31
    target 32
    type "interaction"
    weight 4.0
  ]
  edge [
    source 31
    target 33
    type "interaction"
    weight 4.0
  ]
  edge [
    source 32
    target 33
    type "interaction"
    weight 5.0
  ]
]
