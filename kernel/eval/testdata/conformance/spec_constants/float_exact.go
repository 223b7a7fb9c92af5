package main

import "fmt"

const third = 1.0 / 3
const pi = 3.14159265358979323846264338327950288419716939937510582097494459

func main() {
	fmt.Println(third*3 == 1, 0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3)
	fmt.Println(pi, float32(pi))
	const e = 1e300 * 1e300 / 1e300
	fmt.Println(e)
	fmt.Println(int(2.0), int64(1e18), uint8(255.0))
	var i int = 1e9
	fmt.Println(i)
	const big = 1 << 62
	fmt.Println(float32(big), big/1e18)
	fmt.Println(5/2, 5.0/2, 5/2.0, 5%2)
	const c = 1e400 / 1e399
	fmt.Println(c)
}
