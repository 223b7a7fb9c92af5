package main

import (
	"fmt"
	"sort"
	"strings"
)

func divisorSums(n int) []int {
	s := make([]int, n+1)
	for i := 1; i <= n/2; i++ {
		for j := 2 * i; j <= n; j += i {
			s[j] += i
		}
	}
	return s
}

const names = `"MARY","PATRICIA","LINDA","BARBARA","ELIZABETH","JENNIFER","MARIA","SUSAN","MARGARET","DOROTHY","LISA","NANCY","KAREN","BETTY","HELEN","SANDRA","DONNA","CAROL","COLIN"`

func main() {
	d := divisorSums(10000)
	sum := 0
	var pairs [][2]int
	for a := 2; a < 10000; a++ {
		if b := d[a]; b != a && b < len(d) && d[b] == a {
			sum += a
			if a < b {
				pairs = append(pairs, [2]int{a, b})
			}
		}
	}
	fmt.Println("p21", sum, pairs)

	list := strings.Split(strings.ReplaceAll(names, `"`, ""), ",")
	sort.Strings(list)
	total := 0
	for i, n := range list {
		score := 0
		for _, c := range n {
			score += int(c-'A') + 1
		}
		if n == "COLIN" {
			fmt.Println("COLIN", i+1, score)
		}
		total += (i + 1) * score
	}
	fmt.Println("p22(sample)", total)

	const limit = 28123
	ds := divisorSums(limit)
	var abundant []int
	for i := 12; i <= limit; i++ {
		if ds[i] > i {
			abundant = append(abundant, i)
		}
	}
	can := make([]bool, limit+1)
	for i, a := range abundant {
		for _, b := range abundant[i:] {
			if a+b > limit {
				break
			}
			can[a+b] = true
		}
	}
	s := 0
	for i, ok := range can {
		if !ok {
			s += i
		}
	}
	fmt.Println("p23", len(abundant), s)
}
