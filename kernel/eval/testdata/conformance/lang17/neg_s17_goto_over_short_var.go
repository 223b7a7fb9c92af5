package main

import "fmt"

func f() {
	goto end
	n := 3
	fmt.Println(n)
end:
	fmt.Println("end")
}

func main() {
	f()
}
