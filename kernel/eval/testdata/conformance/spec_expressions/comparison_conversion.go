package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type ID string

func main() {
	var i int = 65
	var f float64 = float64(i) / 2
	var u uint8 = uint8(i)
	fmt.Println(f, u, string(rune(i)), strconv.Itoa(i))
	c := Celsius(36.6)
	fmt.Println(float64(c)+1, c > 30, Celsius(i))
	id := ID("abc")
	fmt.Println(string(id)+"!", id == "abc", len(id))
	var x any = 3
	switch v := x.(type) {
	case int:
		fmt.Println(float64(v) * 1.5)
	}
	a := []byte("hey")
	s := string(a)
	a[0] = 'H'
	fmt.Println(s, string(a))
	var r rune = 'é'
	fmt.Println(r, string(r), []byte(string(r)), int(r))
	fl := 2.9999
	fmt.Println(int(fl), int64(-fl), uint(fl))
	big := 1e10
	fmt.Println(int64(big), int32(int64(big)))
	type Pair struct{ A, B int }
	type Pair2 struct{ A, B int }
	p := Pair{1, 2}
	q := Pair2(p)
	fmt.Println(q, Pair(q) == p)
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	arr2 := [3]int(sl)
	ptr := (*[2]int)(sl)
	ptr[0] = 9
	fmt.Println(arr, arr2, *ptr)
	n1, n2 := 3, 4.5
	fmt.Println(float64(n1) < n2, n1 < int(n2))
}
