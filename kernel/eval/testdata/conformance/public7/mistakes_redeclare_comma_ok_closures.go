package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (int, error) { return strconv.Atoi(s) }

func f1() {
	n, err := parse("1")
	logErr := func() string { return fmt.Sprint(err) }
	pe := &err
	m, err := parse("x")
	fmt.Println(n, m, logErr() != "<nil>", *pe != nil)
	v, ok := map[string]int{"a": 1}["a"]
	seen := func() bool { return ok }
	w, ok := map[string]int{}["b"]
	fmt.Println(v, w, seen())
	var x any = 5
	i, isInt := x.(int)
	chk := func() bool { return isInt }
	s, isInt := x.(string)
	fmt.Println(i, s, chk())
	ch := make(chan int, 2)
	ch <- 1
	close(ch)
	a, more := <-ch
	st := func() bool { return more }
	b, more := <-ch
	fmt.Println(a, b, st())
}

func f2() {
	if x, err := parse("7"); err != nil {
		fmt.Println("err", err)
	} else if y, err := parse("z"); err != nil {
		fmt.Println("else-if", x, y, errors.Unwrap(err) != nil)
	} else {
		fmt.Println(x, y)
	}
	switch v := 3; v {
	case 3:
		v := "inner"
		fmt.Println(v)
	}
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
		i++
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println(len(fs))
	arr := [3]string{"a", "b", "c"}
	var gs []func() string
	for i, s := range arr {
		defer func() { fmt.Print(i, s, " ") }()
		gs = append(gs, func() string { return fmt.Sprint(i, s) })
	}
	fmt.Println(gs[0](), gs[2]())
}

func main() {
	f1()
	f2()
	fmt.Println()
}
