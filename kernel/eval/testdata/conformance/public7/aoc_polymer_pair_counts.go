package main

import (
	"fmt"
	"sort"
	"strings"
)

const input = `NNCB

CH -> B
HH -> N
CB -> H
NH -> C
HB -> C
HC -> B
HN -> C
NN -> C
BH -> H
NC -> B
NB -> B
BN -> B
BB -> N
BC -> B
CC -> N
CN -> C`

type Pair [2]byte

func main() {
	tmpl, rulesText, _ := strings.Cut(input, "\n\n")
	rules := map[Pair]byte{}
	for _, l := range strings.Split(rulesText, "\n") {
		var a, b string
		fmt.Sscanf(l, "%s -> %s", &a, &b)
		rules[Pair{a[0], a[1]}] = b[0]
	}
	pairs := map[Pair]int{}
	for i := 0; i+1 < len(tmpl); i++ {
		pairs[Pair{tmpl[i], tmpl[i+1]}]++
	}
	score := func(pairs map[Pair]int) int {
		counts := map[byte]int{tmpl[len(tmpl)-1]: 1}
		for p, n := range pairs {
			counts[p[0]] += n
		}
		var vs []int
		for _, v := range counts {
			vs = append(vs, v)
		}
		sort.Ints(vs)
		return vs[len(vs)-1] - vs[0]
	}
	for step := 1; step <= 40; step++ {
		next := map[Pair]int{}
		for p, n := range pairs {
			if c, ok := rules[p]; ok {
				next[Pair{p[0], c}] += n
				next[Pair{c, p[1]}] += n
			} else {
				next[p] += n
			}
		}
		pairs = next
		if step == 10 || step == 40 {
			fmt.Println(step, score(pairs))
		}
	}
	keys := make([]string, 0, len(pairs))
	for p := range pairs {
		keys = append(keys, string(p[:]))
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
