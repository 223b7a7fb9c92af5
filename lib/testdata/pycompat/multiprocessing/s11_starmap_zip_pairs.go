package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func area(w, h int) int {
	return w * h
}

func main() {
	multiprocessing.Main(area)
	widths, heights := []int{1, 2, 3, 4}, []int{10, 20, 30, 40}
	var pairs [][]int
	for i := range widths {
		pairs = append(pairs, []int{widths[i], heights[i]})
	}
	pool := multiprocessing.NewPool(2)
	r1, _ := pool.Starmap(area, pairs)
	fmt.Println(pyList(r1))
	r := pool.StarmapAsync(area, [][]int{{5, 5}, {6, 6}})
	v, _ := r.GetTimeout(30 * time.Second)
	fmt.Println(pyList(v), pyBool(r.Successful()))
	pool.Terminate()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
