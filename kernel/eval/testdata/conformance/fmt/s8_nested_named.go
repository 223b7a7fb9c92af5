package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Code int

type Tag string

type Pos struct{ X, Y int }

type Cell struct {
	At    Pos
	Lv    Level
	Code  Code
	Tags  []Tag
	Alt   *Pos
	Marks map[Tag]Level
	Grid  [2]Code
}

type Sheet struct {
	Name  string
	Cells []Cell
	Main  Cell
}

func main() {
	c := Cell{At: Pos{1, 2}, Lv: 2, Code: 7, Tags: []Tag{"a", "b"}, Marks: map[Tag]Level{"m": 1}, Grid: [2]Code{3, 4}}
	s := Sheet{"s1", []Cell{c}, c}
	fmt.Printf("%v\n%+v\n%#v\n", c, c, c)
	fmt.Printf("%v\n%+v\n", s, s)
	fmt.Printf("%#v\n", s.Cells)
	fmt.Printf("%T %T %T %T\n", s.Main, s.Main.Lv, s.Cells, s.Main.Marks)
	var a any = s
	fmt.Println(a)
	fmt.Println(fmt.Sprint(s.Main.Lv, s.Main.Code), fmt.Sprintf("%d %s", s.Main.Lv, s.Main.Lv))
	fmt.Printf("%#v %#v\n", s.Main.Lv, s.Main.Tags)
}
