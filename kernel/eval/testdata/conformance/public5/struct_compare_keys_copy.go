package main

import (
	"fmt"
	"sort"
)

type Coord struct {
	Lat, Lng float64
}

type Cell struct {
	Row, Col int
	Tag      string
}

type Snapshot struct {
	Name   string
	Cells  [3]Cell
	Origin Coord
}

type WithSlice struct {
	Items []int
}

func main() {
	a := Snapshot{"a", [3]Cell{{0, 0, "x"}, {1, 1, "y"}, {2, 2, "z"}}, Coord{1.5, -2}}
	b := a
	b.Cells[1].Tag = "changed"
	fmt.Println(a == b, a.Cells[1].Tag, b.Cells[1].Tag)
	b.Cells[1].Tag = "y"
	fmt.Println(a == b)
	visits := map[Coord]int{}
	for _, c := range []Coord{{1, 2}, {3, 4}, {1, 2}, {1.0, 2.0}} {
		visits[c]++
	}
	fmt.Println(visits, len(visits))
	byCell := map[Cell][]string{}
	byCell[Cell{1, 2, "k"}] = append(byCell[Cell{1, 2, "k"}], "first")
	byCell[Cell{1, 2, "k"}] = append(byCell[Cell{1, 2, "k"}], "second")
	fmt.Println(byCell)
	type pair struct {
		a, b any
	}
	p1, p2 := pair{1, "x"}, pair{1, "x"}
	fmt.Println(p1 == p2, pair{1, 2} == pair{1, int64(2)})
	defer func() { fmt.Println("recovered:", recover()) }()
	keys := []Coord{{2, 1}, {1, 9}, {1, 2}}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Lat != keys[j].Lat {
			return keys[i].Lat < keys[j].Lat
		}
		return keys[i].Lng < keys[j].Lng
	})
	fmt.Println(keys)
	anon := struct {
		X int
		Y string
	}{1, "a"}
	type Named struct {
		X int
		Y string
	}
	n := Named(anon)
	fmt.Println(n == Named{1, "a"}, anon == struct {
		X int
		Y string
	}{1, "a"})
	var x1, x2 any = WithSlice{}, WithSlice{}
	fmt.Println(x1 == x2)
}
