package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type record struct {
	name                 string
	played, w, d, l, pts int
}

var ErrBadLine = errors.New("bad line")

func Tally(r io.Reader, w io.Writer) error {
	teams := map[string]*record{}
	get := func(name string) *record {
		if t, ok := teams[name]; ok {
			return t
		}
		t := &record{name: name}
		teams[name] = t
		return t
	}
	sc := bufio.NewScanner(r)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, ";")
		if len(f) != 3 {
			return fmt.Errorf("line %d %q: %w", lineNo, line, ErrBadLine)
		}
		a, b := get(f[0]), get(f[1])
		switch f[2] {
		case "win":
			a.w, a.pts = a.w+1, a.pts+3
			b.l++
		case "loss":
			b.w, b.pts = b.w+1, b.pts+3
			a.l++
		case "draw":
			a.d++
			b.d++
			a.pts++
			b.pts++
		default:
			return fmt.Errorf("line %d: unknown outcome %q: %w", lineNo, f[2], ErrBadLine)
		}
		a.played++
		b.played++
	}
	list := make([]*record, 0, len(teams))
	for _, t := range teams {
		list = append(list, t)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].pts != list[j].pts {
			return list[i].pts > list[j].pts
		}
		return list[i].name < list[j].name
	})
	fmt.Fprintf(w, "%-31s| MP |  W |  D |  L |  P\n", "Team")
	for _, t := range list {
		fmt.Fprintf(w, "%-31s| %2d | %2d | %2d | %2d | %2d\n", t.name, t.played, t.w, t.d, t.l, t.pts)
	}
	return nil
}

func main() {
	input := `
Allegoric Alaskans;Blithering Badgers;win
Devastating Donkeys;Courageous Californians;draw
# comment
Devastating Donkeys;Allegoric Alaskans;win
Courageous Californians;Blithering Badgers;loss
Blithering Badgers;Devastating Donkeys;loss
Allegoric Alaskans;Courageous Californians;win
`
	var sb strings.Builder
	if err := Tally(strings.NewReader(input), &sb); err != nil {
		fmt.Println(err)
	}
	fmt.Print(sb.String())
	for _, bad := range []string{"A;B;win\nA;B", "A;B;draw\nA;B;tie"} {
		err := Tally(strings.NewReader(bad), io.Discard)
		fmt.Println(err, errors.Is(err, ErrBadLine))
	}
}
