package main

import "fmt"

func main() {
	var s uint = 3
	var i = 1 << s       // int
	var j int32 = 1 << s // int32
	var u = uint8(1) << 7
	var k = uint64(1<<s) + 1
	fmt.Println(i, j, u, k)
	fmt.Printf("%T %T %T\n", i, j, 1<<s)
	// Shift of a constant with a constant count: exact.
	const c = 1 << 62
	fmt.Println(c>>60, int64(1)<<62>>61)
	var w int64 = 1.0 << 33 // a constant shift: w == 1<<33
	var p = 1<<s == 1<<33   // 1 has type int
	var n = int64(1.0) << s
	fmt.Println(w, p, n)
	var f = float64(int(1) << s)
	fmt.Println(f)
	var mm = []int{1, 2, 3}
	fmt.Println(mm[1<<s>>3])
	var v uint8 = 200
	fmt.Println(v<<1, v>>1, int8(v)>>1, -7>>1, -7/2)
	var big uint = 70
	fmt.Println(1<<big == 0, int64(-1)>>big, uint32(1)<<s<<29)
}
