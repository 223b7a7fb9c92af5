package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

type Timeout time.Duration

type MyDur = time.Duration

type Celsius float64

type Color int

func (c Color) String() string { return [...]string{"R", "G", "B"}[c] }

type Point struct{ X, Y int }

func (p *Point) Scan(state fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(state, "(%d,%d)", &p.X, &p.Y)
	return err
}

type Names []string

func (n Names) String() string { return strings.Join(n, "+") }

func main() {
	t := Timeout(5 * time.Second)
	fmt.Println(t, time.Duration(t), MyDur(2*time.Minute))
	fmt.Printf("%v %d %T\n", t, t, MyDur(1))
	temps := []Celsius{21.5, -3, 10}
	slices.Sort(temps)
	fmt.Println(temps, slices.Max(temps), slices.Index(temps, 10))
	counts := map[Color]int{2: 5, 0: 1, 1: 3}
	keys := slices.Sorted(maps.Keys(counts))
	fmt.Println(keys, counts)
	for _, k := range keys {
		fmt.Print(k, "=", counts[k], " ")
	}
	fmt.Println()
	var c Celsius
	n, err := fmt.Sscan("36.6", &c)
	fmt.Println(n, err, c, c > 30)
	var p Point
	n, err = fmt.Sscan("(3,4)", &p)
	fmt.Println(n, err, p)
	fmt.Println(Names{"a", "b"}, []Names{{"x"}, {"y", "z"}})
	d, _ := time.ParseDuration("1h2m")
	fmt.Println(Timeout(d) > t, time.Duration(t).Seconds())
}
