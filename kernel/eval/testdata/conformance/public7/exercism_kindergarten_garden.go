package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Garden map[string][]string

var plants = map[rune]string{'G': "grass", 'C': "clover", 'R': "radishes", 'V': "violets"}

func NewGarden(diagram string, children []string) (*Garden, error) {
	rows := strings.Split(diagram, "\n")
	if len(rows) != 3 || rows[0] != "" {
		return nil, errors.New("diagram must start with a newline and have two rows")
	}
	rows = rows[1:]
	if len(rows[0]) != len(rows[1]) || len(rows[0]) != 2*len(children) {
		return nil, errors.New("rows must have two cups per child")
	}
	sorted := append([]string(nil), children...)
	sort.Strings(sorted)
	g := Garden{}
	for i, name := range sorted {
		if _, dup := g[name]; dup {
			return nil, fmt.Errorf("duplicate child %q", name)
		}
		var ps []string
		for _, row := range rows {
			for _, c := range row[2*i : 2*i+2] {
				p, ok := plants[c]
				if !ok {
					return nil, fmt.Errorf("unknown plant code %q", c)
				}
				ps = append(ps, p)
			}
		}
		g[name] = ps
	}
	return &g, nil
}

func (g *Garden) Plants(child string) ([]string, bool) {
	ps, ok := (*g)[child]
	return ps, ok
}

func main() {
	kids := []string{"Alice", "Bob", "Charlie", "David", "Eve", "Fred", "Ginny", "Harriet", "Ileana", "Joseph", "Kincaid", "Larry"}
	g, err := NewGarden("\nVRCGVVRVCGGCCGVRGCVCGCGV\nVRCCCGCRRGVCGCRVVCVGCGCV", kids)
	fmt.Println(err)
	for _, k := range []string{"Alice", "Bob", "Kincaid", "Larry", "Zed"} {
		ps, ok := g.Plants(k)
		fmt.Println(k, ps, ok)
	}
	orig := []string{"Samantha", "Patricia", "Xander", "Roger"}
	g2, _ := NewGarden("\nVCRRGVRG\nRVGCCGCV", orig)
	fmt.Println(orig[0])
	ps, _ := g2.Plants("Patricia")
	fmt.Println(ps)
	for _, bad := range []string{"VC\nRC", "\nVCR\nRVG", "\nVX\nRC"} {
		_, err := NewGarden(bad, []string{"A"})
		fmt.Println(err)
	}
	_, err = NewGarden("\nVCRC\nRVGC", []string{"A", "A"})
	fmt.Println(err)
}
