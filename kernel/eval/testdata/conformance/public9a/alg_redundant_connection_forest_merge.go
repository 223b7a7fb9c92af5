package main

import (
	"fmt"
	"slices"
	"strings"
)

// Graph problems solved with a disjoint-set forest kept as a parent map of
// string labels, with union by size and path halving, and recursion-free
// bookkeeping of component members.

type Forest struct {
	up      map[string]string
	members map[string][]string
	merges  int
}

func NewForest() *Forest { return &Forest{up: map[string]string{}, members: map[string][]string{}} }

func (f *Forest) root(x string) string {
	if _, ok := f.up[x]; !ok {
		f.up[x] = x
		f.members[x] = []string{x}
	}
	for f.up[x] != x {
		f.up[x] = f.up[f.up[x]]
		x = f.up[x]
	}
	return x
}

// Join reports false when a and b were already connected (the edge closes
// a cycle).
func (f *Forest) Join(a, b string) bool {
	ra, rb := f.root(a), f.root(b)
	if ra == rb {
		return false
	}
	if len(f.members[ra]) < len(f.members[rb]) {
		ra, rb = rb, ra
	}
	f.up[rb] = ra
	f.members[ra] = append(f.members[ra], f.members[rb]...)
	delete(f.members, rb)
	f.merges++
	return true
}

func (f *Forest) Components() []string {
	var out []string
	for _, ms := range f.members {
		s := slices.Clone(ms)
		slices.Sort(s)
		out = append(out, strings.Join(s, ""))
	}
	slices.Sort(out)
	return out
}

type Link struct {
	A, B string
	Cost int
}

func cheapestNetwork(links []Link) (total int, used, skipped []Link) {
	sorted := slices.Clone(links)
	slices.SortStableFunc(sorted, func(x, y Link) int { return x.Cost - y.Cost })
	f := NewForest()
	for _, l := range sorted {
		if f.Join(l.A, l.B) {
			total += l.Cost
			used = append(used, l)
		} else {
			skipped = append(skipped, l)
		}
	}
	return
}

func main() {
	f := NewForest()
	for _, e := range strings.Fields("ab bc de fg gh hf ij cd") {
		if !f.Join(e[:1], e[1:]) {
			fmt.Println("redundant:", e)
		}
	}
	fmt.Println(f.Components(), f.merges)
	links := []Link{{"seoul", "incheon", 3}, {"seoul", "suwon", 4}, {"incheon", "suwon", 5}, {"suwon", "daejeon", 9},
		{"daejeon", "daegu", 12}, {"daegu", "busan", 8}, {"daejeon", "busan", 20}, {"seoul", "daejeon", 9}, {"jeju", "jeju-si", 1}}
	total, used, skipped := cheapestNetwork(links)
	fmt.Println("total", total)
	for _, l := range used {
		fmt.Printf("  %s-%s %d\n", l.A, l.B, l.Cost)
	}
	fmt.Println("skipped", len(skipped), skipped[0])
	grid := []string{
		"##..#",
		"#...#",
		"..##.",
		"#....",
	}
	g := NewForest()
	for r, row := range grid {
		for c := range row {
			if row[c] != '#' {
				continue
			}
			id := fmt.Sprintf("(%d,%d)", r, c)
			g.root(id)
			if c > 0 && row[c-1] == '#' {
				g.Join(id, fmt.Sprintf("(%d,%d)", r, c-1))
			}
			if r > 0 && grid[r-1][c] == '#' {
				g.Join(id, fmt.Sprintf("(%d,%d)", r-1, c))
			}
		}
	}
	fmt.Println(len(g.members), "islands")
}
