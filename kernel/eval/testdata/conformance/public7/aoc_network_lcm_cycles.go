package main

import (
	"fmt"
	"sort"
	"strings"
)

const input = `LR

11A = (11B, XXX)
11B = (XXX, 11Z)
11Z = (11B, XXX)
22A = (22B, XXX)
22B = (22C, 22C)
22C = (22Z, 22Z)
22Z = (22B, 22B)
XXX = (XXX, XXX)`

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	dirs, body, _ := strings.Cut(input, "\n\n")
	net := map[string][2]string{}
	for _, l := range strings.Split(body, "\n") {
		var name, l1, r1 string
		l = strings.NewReplacer("(", "", ")", "", ",", "", "=", "").Replace(l)
		fmt.Sscan(l, &name, &l1, &r1)
		net[name] = [2]string{l1, r1}
	}
	var starts []string
	for k := range net {
		if strings.HasSuffix(k, "A") {
			starts = append(starts, k)
		}
	}
	sort.Strings(starts)
	result := 1
	for _, s := range starts {
		steps := 0
		cur := s
		for !strings.HasSuffix(cur, "Z") {
			d := dirs[steps%len(dirs)]
			idx := 0
			if d == 'R' {
				idx = 1
			}
			cur = net[cur][idx]
			steps++
		}
		fmt.Println(s, "->", cur, steps)
		result = result / gcd(result, steps) * steps
	}
	fmt.Println("lcm", result)
}
