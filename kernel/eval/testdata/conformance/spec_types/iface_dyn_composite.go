package main

import "fmt"

type Celsius float64
type Code int
type Level string
type Tags []string
type Point struct{ X, Y int }

type box struct {
	v any
	W any
}

type Env struct {
	Name  string
	Value any
}

func main() {
	c := Celsius(2.5)
	xs := []any{c, Code(2), Level("warn"), Tags{"a", "b"}, Point{1, 2}, &Point{3, 4}, 2.5, 2, "warn", []Celsius{1}}
	for _, x := range xs {
		fmt.Printf("%T ", x)
	}
	fmt.Println()
	fmt.Println(xs[:5]...)
	arr := [3]any{Code(1), 1, Level("x")}
	fmt.Printf("%T %T %T\n", arr[0], arr[1], arr[2])
	m := map[string]any{"c": c, "k": Code(1), "f": 1.0}
	fmt.Printf("%T %T %T\n", m["c"], m["k"], m["f"])
	m["l"] = Level("info")
	fmt.Printf("%T\n", m["l"])
	b := box{v: Code(9), W: Level("hi")}
	b2 := box{Code(8), Tags{"t"}}
	fmt.Printf("%T %T %T %T\n", b.v, b.W, b2.v, b2.W)
	fmt.Println(b, b2)
	fmt.Printf("%v %+v\n", b, &b2)
	b.v = c
	fmt.Printf("%T %v\n", b.v, b.v)
	envs := []Env{{"a", Code(1)}, {Name: "b", Value: Level("x")}, {"c", 3}}
	for _, e := range envs {
		fmt.Printf("%s=%v:%T ", e.Name, e.Value, e.Value)
	}
	fmt.Println()
	xs = append(xs[:0], Code(5), 5)
	xs = append(xs, Level("appended"))
	fmt.Printf("%T %T %T %d\n", xs[0], xs[1], xs[2], len(xs))
	xs[1] = Celsius(9)
	fmt.Printf("%T\n", xs[1])
	p := &Point{5, 6}
	var ap any = p
	p.X = 50
	fmt.Println(ap.(*Point).X, ap == any(p))
	nested := map[string][]any{"k": {Code(1), 1}}
	fmt.Printf("%T %T\n", nested["k"][0], nested["k"][1])
	var grid [][]any
	grid = append(grid, []any{Level("a")})
	fmt.Printf("%T\n", grid[0][0])
}
