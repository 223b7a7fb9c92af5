package main

import "fmt"

func main() {
	fmt.Println(1_000_000, 0b1010_1010, 0o7_7_7, 0x_FF_FF, 0_777)
	fmt.Println(1_0.2_5, 0x1.8p1, 0x_1p-2, 1e1_0)
	fmt.Println(0x1p-1022 > 0, 6.67428e-11)
	fmt.Printf("%v %T\n", 'a'+1, 'a'+1)
	fmt.Printf("%v %T\n", 0o10i, 0o10i)
}
