package main

import "fmt"

type Empty struct{}

func (Empty) Name() string { return "empty" }

func main() {
	var a, b Empty
	fmt.Println(a == b, Empty{} == struct{}{})
	set := map[string]struct{}{}
	set["x"] = struct{}{}
	set["y"] = Empty{}
	_, has := set["x"]
	fmt.Println(len(set), has)
	arr := [0]int{}
	fmt.Println(len(arr), arr)
	es := make([]Empty, 3)
	fmt.Println(len(es), es[1].Name())
	done := make(chan struct{}, 1)
	done <- struct{}{}
	fmt.Println(<-done)
	var i interface{} = Empty{}
	var j interface{} = Empty{}
	fmt.Println(i == j)
	p1, p2 := &Empty{}, &Empty{}
	_ = p1
	_ = p2
	fmt.Printf("%v %+v %#v\n", a, es, Empty{})
}
