package main

import "fmt"

type Counter struct{ hits map[string]int }

func main() {
	c := Counter{hits: map[string]int{}}
	c.hits["a"]++
	c.hits["a"]++
	c.hits["b"]--
	c.hits["c"] += 10
	c.hits["c"] <<= 2
	c.hits["c"] %= 7
	fmt.Println(c.hits)
	arr := [3]float64{1, 2, 3}
	arr[1]++
	arr[2] /= 2
	fmt.Println(arr)
	var u uint8 = 255
	u++
	var i8 int8 = -128
	i8--
	fmt.Println(u, i8)
	s := []string{"a"}
	s[0] += "b"
	fmt.Println(s)
	p := new(int)
	*p++
	*p *= 5
	fmt.Println(*p)
	type pt struct{ x int }
	ps := []*pt{{1}}
	ps[0].x++
	fmt.Println(ps[0].x)
	f := 1.5
	f++
	fmt.Println(f)
	m2 := map[string][]int{"k": {1, 2}}
	m2["k"][1]++
	fmt.Println(m2)
}
