package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	vector = []int{1, 0, -1, 2}
	matrix [][]int
	result []int
)

func row(i int) {
	s := 0
	for j, a := range matrix[i] {
		s += a * vector[j]
	}
	result[i] = s
}

func main() {
	for i := 0; i < 5; i++ {
		var r []int
		for j := 0; j < 4; j++ {
			r = append(r, i*4+j)
		}
		matrix = append(matrix, r)
	}
	result = make([]int, len(matrix))
	var threads []*threading.Thread
	for i := range matrix {
		threads = append(threads, &threading.Thread{Target: func() { row(i) }, Name: fmt.Sprintf("row-%d", i)})
	}
	for _, t := range threads {
		t.Start()
	}
	for _, t := range threads {
		t.Join()
	}
	var rs, ns []string
	for _, v := range result {
		rs = append(rs, fmt.Sprint(v))
	}
	for _, t := range threads {
		ns = append(ns, "'"+t.GetName()+"'")
	}
	fmt.Println("[" + strings.Join(rs, ", ") + "]")
	fmt.Println("[" + strings.Join(ns, ", ") + "]")
}
