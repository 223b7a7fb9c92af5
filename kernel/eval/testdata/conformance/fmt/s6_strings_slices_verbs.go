package main

import "fmt"

func main() {
	s := "héllo\t\"go\""
	for _, f := range []string{"%s", "%q", "%+q", "%#q", "%x", "% x", "%X", "%10s|", "%-10s|", "%.3s", "%10.2s|", "%v", "%#v"} {
		fmt.Printf(f+"\n", s)
	}
	b := []byte("hi!")
	fmt.Printf("%s %q %x %X % x %v %d %#v\n", b, b, b, b, b, b, b, b)
	ints := []int{1, -2, 30}
	fmt.Printf("%v %d %x %03d %+d %#v %q\n", ints, ints, ints, ints, ints, ints, ints)
	strs := []string{"a", "b c", ""}
	fmt.Printf("%v %q %s %#v %x\n", strs, strs, strs, strs, strs)
	arr := [3]bool{true, false, true}
	fmt.Printf("%v %t %#v\n", arr, arr, arr)
	var nilSlice []int
	fmt.Printf("%v %#v %d %s\n", nilSlice, nilSlice, len(nilSlice), nilSlice)
	fmt.Printf("%#v %#v\n", []any{1, "a", nil, 2.5}, [][]int{{1}, {2, 3}})
	fmt.Printf("%c|%5c|%-3c|\n", 'x', 'y', 'z')
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d\n", "str")
}
