package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	for {
		n--
		if n < 0 {
			break
		}
	}
	fmt.Println(n)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	for i := range 3 {
		fmt.Print(i)
	}
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	var fs []func() int
	for i := 0; i < 6; i += 2 {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	m := map[string]int{"a": 1}
	for k, v := range m {
		fmt.Println(k, v)
	}
	for i, c := range []byte("hi") {
		fmt.Print(i, c, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice shares:", v)
		}
	}
	var ch = make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	fmt.Println()
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i)
	}
	fmt.Println()
}
