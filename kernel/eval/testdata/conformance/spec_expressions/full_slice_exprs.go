package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100) // fits in capacity: writes arr[3]
	fmt.Println(arr)
	s = append(s, 200) // exceeds capacity: new array
	s[0] = -1
	fmt.Println(arr, s)
	t := arr[:0:0]
	fmt.Println(len(t), cap(t))
	u := arr[2:]
	fmt.Println(u[:cap(u)], cap(u[1:3]), cap(u[1:3:3]))
	p := &arr
	fmt.Println(p[4:], p[:2:3])
	str := "hello"
	fmt.Println(str[1:4], str[:0] == "", str[5:])
}
