package main

import "fmt"

func main() {
	fmt.Println(0., 72.40, 072.40, 2.71828, 1.e+0, 6.67428e-11, 1e6, .25, .12345e+5)
	fmt.Println(0x1p-2, 0x2.p10, 0x1.Fp+0, 0x.8p-0, 0x_1FFFp-16, 1_5.)
}
