package main

import (
	"fmt"
	"sort"
	"strings"
)

type Prefs map[string][]string

func galeShapley(men, women Prefs) map[string]string {
	rank := map[string]map[string]int{}
	for w, list := range women {
		rank[w] = map[string]int{}
		for i, m := range list {
			rank[w][m] = i
		}
	}
	free := make([]string, 0, len(men))
	for m := range men {
		free = append(free, m)
	}
	sort.Strings(free)
	next := map[string]int{}
	engaged := map[string]string{} // woman -> man
	for len(free) > 0 {
		m := free[0]
		free = free[1:]
		w := men[m][next[m]]
		next[m]++
		cur, ok := engaged[w]
		switch {
		case !ok:
			engaged[w] = m
		case rank[w][m] < rank[w][cur]:
			engaged[w] = m
			free = append(free, cur)
		default:
			free = append(free, m)
		}
	}
	return engaged
}

func stable(men, women Prefs, engaged map[string]string) []string {
	husband := engaged
	wife := map[string]string{}
	for w, m := range engaged {
		wife[m] = w
	}
	pos := func(list []string, x string) int {
		for i, y := range list {
			if y == x {
				return i
			}
		}
		return len(list)
	}
	var blocking []string
	for m, prefs := range men {
		for _, w := range prefs {
			if w == wife[m] {
				break
			}
			if pos(women[w], m) < pos(women[w], husband[w]) {
				blocking = append(blocking, m+"+"+w)
			}
		}
	}
	sort.Strings(blocking)
	return blocking
}

func main() {
	men := Prefs{
		"abe": {"abi", "eve", "cath", "ivy"},
		"bob": {"cath", "abi", "ivy", "eve"},
		"col": {"ivy", "abi", "eve", "cath"},
		"dan": {"abi", "ivy", "cath", "eve"},
	}
	women := Prefs{
		"abi":  {"bob", "col", "dan", "abe"},
		"cath": {"dan", "bob", "abe", "col"},
		"eve":  {"abe", "col", "bob", "dan"},
		"ivy":  {"col", "dan", "abe", "bob"},
	}
	e := galeShapley(men, women)
	ws := make([]string, 0, len(e))
	for w := range e {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	var pairs []string
	for _, w := range ws {
		pairs = append(pairs, e[w]+"-"+w)
	}
	fmt.Println(strings.Join(pairs, " "))
	fmt.Println("blocking pairs:", stable(men, women, e))
	e["abi"], e["cath"] = e["cath"], e["abi"]
	fmt.Println("after swap:", stable(men, women, e))
}
