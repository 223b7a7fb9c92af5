package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func chunkSum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func factorial(n int) int {
	f := 1
	for i := 2; i <= n; i++ {
		f *= i
	}
	return f
}

func pyList(xs []any) string {
	var s []string
	for _, x := range xs {
		s = append(s, fmt.Sprint(x))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	multiprocessing.Main(chunkSum, factorial)
	var data []int
	for i := 1; i <= 1000; i++ {
		data = append(data, i)
	}
	var chunks [][]int
	for i := 0; i < len(data); i += 250 {
		chunks = append(chunks, data[i:i+250])
	}
	pool := multiprocessing.NewPool(2)
	parts, _ := pool.Map(chunkSum, chunks)
	total := 0
	for _, p := range parts {
		total += p.(int)
	}
	fmt.Println(pyList(parts), total, chunkSum(data))
	fs, _ := pool.Map(factorial, []int{0, 4, 8, 12, 16, 20})
	fmt.Println(pyList(fs))
	pool.Terminate()
}
