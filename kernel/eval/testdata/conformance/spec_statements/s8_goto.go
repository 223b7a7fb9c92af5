package main

import "fmt"

func collatz(n int) int {
	steps := 0
again:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto again
}

func main() {
	fmt.Println(collatz(27), collatz(1))
	i := 0
top:
	if i < 3 {
		fmt.Print(i)
		i++
		goto top
	}
	fmt.Println()
	goto end
end:
	fmt.Println("end")
}
