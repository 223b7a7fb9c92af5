package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type team struct {
	name                 string
	played, w, d, l, pts int
}

func tally(input string) ([]*team, []string) {
	teams := map[string]*team{}
	get := func(n string) *team {
		t, ok := teams[n]
		if !ok {
			t = &team{name: n}
			teams[n] = t
		}
		return t
	}
	var bad []string
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, ";")
		if len(f) != 3 {
			bad = append(bad, line)
			continue
		}
		a, b := get(f[0]), get(f[1])
		switch f[2] {
		case "win":
			a.w++
			b.l++
			a.pts += 3
		case "loss":
			b.w++
			a.l++
			b.pts += 3
		case "draw":
			a.d++
			b.d++
			a.pts++
			b.pts++
		default:
			bad = append(bad, line)
			continue
		}
		a.played++
		b.played++
	}
	var list []*team
	for _, t := range teams {
		list = append(list, t)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].pts != list[j].pts {
			return list[i].pts > list[j].pts
		}
		return list[i].name < list[j].name
	})
	return list, bad
}

func main() {
	input := `Allegoric Alaskans;Blithering Badgers;win
Devastating Donkeys;Courageous Californians;draw
Devastating Donkeys;Allegoric Alaskans;win
# comment
Courageous Californians;Blithering Badgers;loss
Blithering Badgers;Devastating Donkeys;loss
Allegoric Alaskans;Courageous Californians;win
bad line
A;B;tie
`
	list, bad := tally(input)
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "Team\t| MP\t| W\t| D\t| L\t| P")
	for _, t := range list {
		fmt.Fprintf(w, "%s\t| %d\t| %d\t| %d\t| %d\t| %d\n", t.name, t.played, t.w, t.d, t.l, t.pts)
	}
	w.Flush()
	fmt.Println("bad:", bad)
	w2 := tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w2, "a\tbbb\tc")
	fmt.Fprintln(w2, "aaaa\tb\tccccc")
	fmt.Fprintln(w2, "x\t\ty")
	w2.Flush()
	w3 := tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintf(w3, "\tindented\tcol\n\t\tdeeper\tx\n")
	w3.Flush()
	w4 := tabwriter.NewWriter(os.Stdout, 6, 4, 1, '-', tabwriter.DiscardEmptyColumns|tabwriter.FilterHTML)
	fmt.Fprintln(w4, "<b>bold</b>\t&amp;\tend")
	fmt.Fprintln(w4, "\t\tonly")
	w4.Flush()
}
