package main

import (
	"errors"
	"fmt"
	"io"
	"reflect"
)

type Pos struct{ Line, Col int }

type Span [2]Pos

func countAll[K comparable](xs []K) map[any]int {
	m := map[any]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

var errBad = errors.New("bad")

func main() {
	m := countAll([]Pos{{1, 2}, {1, 2}, {3, 4}})
	fmt.Println(len(m), m[Pos{1, 2}], m[reflect.ValueOf(Pos{3, 4}).Interface()])

	s := countAll([]Span{{{1, 1}, {1, 5}}, {{1, 1}, {1, 5}}})
	fmt.Println(len(s), s[Span{{1, 1}, {1, 5}}])

	errs := map[any]string{errBad: "bad", io.EOF: "eof"}
	fmt.Println(errs[errBad], errs[io.EOF], errs[errors.New("bad")] == "")
	var e error = errBad
	fmt.Println(errs[e])

	ch := make(chan int)
	chans := map[any]bool{ch: true}
	fmt.Println(chans[ch], chans[make(chan int)])

	type local struct{ n int }
	lm := map[any]int{local{1}: 1}
	lm[local{1}]++
	fmt.Println(lm[local{1}], len(lm))
	fmt.Println(lm[reflect.ValueOf(local{1}).Interface()])
}
