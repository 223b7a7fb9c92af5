package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var squares, cubes []int

func square(numbers []int) {
	for _, n := range numbers {
		squares = append(squares, n*n)
	}
}

func cube(numbers []int) {
	for _, n := range numbers {
		cubes = append(cubes, n*n*n)
	}
}

func list(xs []int) string { return strings.ReplaceAll(fmt.Sprint(xs), " ", ", ") }

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	num := 11
	var numbers []int
	for i := 1; i < num; i++ {
		numbers = append(numbers, i)
	}
	t1 := &threading.Thread{Target: func() { square(numbers) }, TargetName: "square"}
	t2 := &threading.Thread{Target: func() { cube(numbers) }, TargetName: "cube"}
	fmt.Println(t1.GetName(), t2.GetName())
	t1.Start()
	t2.Start()
	t1.Join()
	t2.Join()
	fmt.Println("square:", list(squares))
	fmt.Println("cube:", list(cubes))
	fmt.Println("done", threading.ActiveCount(), py(t1.IsAlive()), py(t2.IsAlive()))
}
