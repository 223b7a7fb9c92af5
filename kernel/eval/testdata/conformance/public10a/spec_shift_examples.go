package main

import "fmt"

func main() {
	var a [1024]byte
	var s uint = 33
	var i = 1 << s         // 1 has type int
	var j int32 = 1 << s   // 1 has type int32; j == 0
	var k = uint64(1 << s) // 1 has type uint64; k == 1<<33
	var m int = 1.0 << s   // 1.0 has type int; m == 1<<33
	var n = 1.0<<s == j    // 1.0 has type int32; n == true
	var o = 1<<s == 2<<s   // 1 and 2 have type int; o == false
	var p = 1<<s == 1<<33  // 1 has type int; p == true
	var w int64 = 1.0 << 33
	var x = a[1.0<<(s-30)] // 1.0 has type int
	var b = make([]byte, 1.0<<(s-30))
	var mm int = 1.0 << (s - 30)
	fmt.Println(i, j, k, m, n, o, p, w, x, len(b), mm)
	fmt.Printf("%T %T %T\n", i, 1.0<<s == j, k)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var x = a[1.0<<s] // panics: 1.0 has type int, but 1<<33 overflows array bounds
		fmt.Println(x)
	}()
	var neg = -1
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(1 << neg)
	}()
}
