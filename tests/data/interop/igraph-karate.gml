Creator "igraph version 0.10.2 Sat Nov 28 15:40:51 2026"
Version 1
graph
[
  directed 0
  node
  [
    id 0
    name "Mr Hi"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 1
    name "Actor 2"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 2
    name "Actor 3"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 3
    name "Actor 4"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 4
    name "Actor 5"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 5
    name "Actor 6"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 6
    name "Actor 7"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 7
    name "Actor 8"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 8
    name "Actor 9"
    sector "officers_faction"
    region "club-1"
  ]
  node
  [
    id 9
    name "Actor 10"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 10
    name "Actor 11"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 11
    name "Actor 12"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 12
    name "Actor 13"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 13
    name "Actor 14"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 14
    name "Actor 15"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 15
    name "Actor 16"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 16
    name "Actor 17"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 17
    name "Actor 18"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 18
    name "Actor 19"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 19
    name "Actor 20"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 20
    name "Actor 21"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 21
    name "Actor 22"
    sector "mr_hi_faction"
    region "club-1"
  ]
  node
  [
    id 22
    name "Actor 23"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 23
    name "Actor 24"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 24
    name "Actor 25"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 25
    name "Actor 26"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 26
    name "Actor 27"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 27
    name "Actor 28"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 28
    name "Actor 29"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 29
    name "Actor 30"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 30
    name "Actor 31"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 31
    name "Actor 32"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 32
    name "Actor 33"
    sector "officers_faction"
    region "club-2"
  ]
  node
  [
    id 33
    name "John A"
    sector "officers_faction"
    region "club-2"
  ]
  edge
  [
    source 1
    target 0
    weight 4
    type "interaction"
  ]
  edge
  [
    source 2
    target 0
    weight 5
    type "interaction"
  ]
  edge
  [
    source 3
    target 0
    weight 3
    type "interaction"
  ]
  edge
  [
    source 4
    target 0
    weight 3
    type "interaction"
  ]
  edge
  [
    source 5
    target 0
    weight 3
    type "interaction"
  ]
  edge
  [
    source 6
    target 0
    weight 3
    type "interaction"
  ]
  edge
  [
    source 7
    target 0
    weight 2
    type "interaction"
  ]
  edge
  [
    source 8
    target 0
    weight 2
    type "interaction"
  ]
  edge
  [
    source 10
    target 0
    weight 2
    type "interaction"
  ]
  edge
  [
    source 11
    target 0
    weight 3
    type "interaction"
  ]
  edge
  [
    source 12
    target 0
    weight 1
    type "interaction"
  ]
  edge
  [
    source 13
    target 0
    weight 3
    type "interaction"
  ]
  edge
  [
    source 17
    target 0
    weight 2
    type "interaction"
  ]
  edge
  [
    source 19
    target 0
    weight 2
    type "interaction"
  ]
  edge
  [
    source 21
    target 0
    weight 2
    type "interaction"
  ]
  edge
  [
    source 31
    target 0
    weight 2
    type "interaction"
  ]
  edge
  [
    source 2
    target 1
    weight 6
    type "interaction"
  ]
  edge
  [
    source 3
    target 1
    weight 3
    type "interaction"
  ]
  edge
  [
    source 7
    target 1
    weight 4
    type "interaction"
  ]
  edge
  [
    source 13
    target 1
    weight 5
    type "interaction"
  ]
  edge
  [
    source 17
    target 1
    weight 1
    type "interaction"
  ]
  edge
  [
    source 19
    target 1
    weight 2
    type "interaction"
  ]
  edge
  [
    source 21
    target 1
    weight 2
    type "interaction"
  ]
  edge
  [
    source 30
    target 1
    weight 2
    type "interaction"
  ]
  edge
  [
    source 3
    target 2
    weight 3
    type "interaction"
  ]
  edge
  [
    source 7
    target 2
    weight 4
    type "interaction"
  ]
  edge
  [
    source 8
    target 2
    weight 5
    type "interaction"
  ]
  edge
  [
    source 9
    target 2
    weight 1
    type "interaction"
  ]
  edge
  [
    source 13
    target 2
    weight 3
    type "interaction"
  ]
  edge
  [
    source 27
    target 2
    weight 2
    type "interaction"
  ]
  edge
  [
    source 28
    target 2
    weight 2
    type "interaction"
  ]
  edge
  [
    source 32
    target 2
    weight 2
    type "interaction"
  ]
  edge
  [
    source 7
    target 3
    weight 3
    type "interaction"
  ]
  edge
  [
    source 12
    target 3
    weight 3
    type "interaction"
  ]
  edge
  [
    source 13
    target 3
    weight 3
    type "interaction"
  ]
  edge
  [
    source 6
    target 4
    weight 2
    type "interaction"
  ]
  edge
  [
    source 10
    target 4
    weight 3
    type "interaction"
  ]
  edge
  [
    source 6
    target 5
    weight 5
    type "interaction"
  ]
  edge
  [
    source 10
    target 5
    weight 3
    type "interaction"
  ]
  edge
  [
    source 16
    target 5
    weight 3
    type "interaction"
  ]
  edge
  [
    source 16
    target 6
    weight 3
    type "interaction"
  ]
  edge
  [
    source 30
    target 8
    weight 3
    type "interaction"
  ]
  edge
  [
    source 32
    target 8
    weight 3
    type "interaction"
  ]
  edge
  [
    source 33
    target 8
    weight 4
    type "interaction"
  ]
  edge
  [
    source 33
    target 9
    weight 2
    type "interaction"
  ]
  edge
  [
    source 33
    target 13
    weight 3
    type "interaction"
  ]
  edge
  [
    source 32
    target 14
    weight 3
    type "interaction"
  ]
  edge
  [
    source 33
    target 14
    weight 2
    type "interaction"
  ]
  edge
  [
    source 32
    target 15
    weight 3
    type "interaction"
  ]
  edge
  [
    source 33
    target 15
    weight 4
    type "interaction"
  ]
  edge
  [
    source 32
    target 18
    weight 1
    type "interaction"
  ]
  edge
  [
    source 33
    target 18
    weight 2
    type "interaction"
  ]
  edge
  [
    source 33
    target 19
    weight 1
    type "interaction"
  ]
  edge
  [
    source 32
    target 20
    weight 3
    type "interaction"
  ]
  edge
  [
    source 33
    target 20
    weight 1
    type "interaction"
  ]
  edge
  [
    source 32
    target 22
    weight 2
    type "interaction"
  ]
  edge
  [
    source 33
    target 22
    weight 3
    type "interaction"
  ]
  edge
  [
    source 25
    target 23
    weight 5
    type "interaction"
  ]
  edge
  [
    source 27
    target 23
    weight 4
    type "interaction"
  ]
  edge
  [
    source 29
    target 23
    weight 3
    type "interaction"
  ]
  edge
  [
    source 32
    target 23
    weight 5
    type "interaction"
  ]
  edge
  [
    source 33
    target 23
    weight 4
    type "interaction"
  ]
  edge
  [
    source 25
    target 24
    weight 2
    type "interaction"
  ]
  edge
  [
    source 27
    target 24
    weight 3
    type "interaction"
  ]
  edge
  [
    source 31
    target 24
    weight 2
    type "interaction"
  ]
  edge
  [
    source 31
    target 25
    weight 7
    type "interaction"
  ]
  edge
  [
    source 29
    target 26
    weight 4
    type "interaction"
  ]
  edge
  [
    source 33
    target 26
    weight 2
    type "interaction"
  ]
  edge
  [
    source 33
    target 27
    weight 4
    type "interaction"
  ]
  edge
  [
    source 31
    target 28
    weight 2
    type "interaction"
  ]
  edge
  [
    source 33
    target 28
    weight 2
    type "interaction"
  ]
  edge
  [
    source 32
    target 29
    weight 4
    type "interaction"
  ]
  edge
  [
    source 33
    target 29
    weight 2
    type "interaction"
  ]
  edge
  [
    source 32
    target 30
    weight 3
    type "interaction"
  ]
  edge
  [
    source 33
    target 30
    weight 3
    type "interaction"
  ]
  edge
  [
    source 32
    target 31
    weight 4
    type "interaction"
  ]
  edge
  [
    source 33
    target 31
    weight 4
    type "interaction"
  ]
  edge
  [
    source 33
    target 32
    weight 5
    type "interaction"
  ]
]
