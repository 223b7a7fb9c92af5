package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	A := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {1, 0, 1}}
	B := [][]int{{1, 0}, {0, 1}, {2, 3}}
	C := make([][]int, len(A))
	row := func(i int) {
		r := make([]int, len(B[0]))
		for j := range B[0] {
			for k := range B {
				r[j] += A[i][k] * B[k][j]
			}
		}
		C[i] = r
	}
	var ts []*threading.Thread
	for i := range A {
		ts = append(ts, &threading.Thread{Target: func() { row(i) }, Name: fmt.Sprintf("row-%d", i)})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	for _, r := range C {
		fmt.Println(strings.ReplaceAll(fmt.Sprint(r), " ", ", "))
	}
	var names []string
	for _, t := range ts {
		names = append(names, "'"+t.GetName()+"'")
	}
	fmt.Println("["+strings.Join(names, ", ")+"]", threading.ActiveCount())
}
