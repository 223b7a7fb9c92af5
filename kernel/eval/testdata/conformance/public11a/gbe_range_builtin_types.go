package main

import "fmt"

func main() {
	nums := []int{2, 3, 4}
	sum := 0
	for _, num := range nums {
		sum += num
	}
	fmt.Println("sum:", sum)
	for i, num := range nums {
		if num == 3 {
			fmt.Println("index:", i)
		}
	}
	kvs := map[string]string{"a": "apple"}
	for k, v := range kvs {
		fmt.Printf("%s -> %s\n", k, v)
	}
	for k := range kvs {
		fmt.Println("key:", k)
	}
	for i, c := range "go€!" {
		fmt.Println(i, c, string(c))
	}
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	arr := [3]string{"x", "y", "z"}
	for i := range arr {
		arr[i] += "!"
	}
	fmt.Println(arr)
	var p *[4]int
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println()
	type MyInt int8
	for i := range MyInt(3) {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	ch := make(chan string, 2)
	ch <- "one"
	ch <- "two"
	close(ch)
	for s := range ch {
		fmt.Println(s)
	}
}
