package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto loop
	}
OuterLoop:
	for i = 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			switch {
			case j == 2:
				continue OuterLoop
			case i == 3:
				break OuterLoop
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	n := 0
sel:
	for {
		select {
		default:
			n++
			if n == 5 {
				break sel
			}
		}
	}
	fmt.Println("n", n)
	goto end
end:
	fmt.Println("end")
}
