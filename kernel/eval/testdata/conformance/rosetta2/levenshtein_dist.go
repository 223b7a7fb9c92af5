package main

import "fmt"

func ld(s, t string) int {
	d := make([][]int, len(s)+1)
	for i := range d {
		d[i] = make([]int, len(t)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for j := 1; j <= len(t); j++ {
		for i := 1; i <= len(s); i++ {
			if s[i-1] == t[j-1] {
				d[i][j] = d[i-1][j-1]
			} else {
				d[i][j] = min(d[i-1][j], d[i][j-1], d[i-1][j-1]) + 1
			}
		}
	}
	return d[len(s)][len(t)]
}

func main() {
	pairs := [][2]string{{"kitten", "sitting"}, {"rosettacode", "raisethysword"}, {"", "abc"}, {"same", "same"}}
	for _, p := range pairs {
		fmt.Printf("%s -> %s: %d\n", p[0], p[1], ld(p[0], p[1]))
	}
}
