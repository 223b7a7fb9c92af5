package main

import (
	"fmt"
	"runtime"
	"time"
)

func f(n int) int {
	fmt.Println("f called with", n)
	return n
}

func main() {
	fmt.Print("Go runs on ")
	switch os := runtime.GOOS; os {
	case "darwin", "linux", "windows", "freebsd":
		fmt.Println("a known OS.")
	default:
		fmt.Printf("%s.\n", os)
	}
	today := time.Saturday
	switch time.Saturday {
	case today + 0:
		fmt.Println("Today.")
	case today + 1:
		fmt.Println("Tomorrow.")
	default:
		fmt.Println("Too far away.")
	}
	switch 2 {
	case f(1), f(2), f(3):
		fmt.Println("matched")
	case f(4):
		fmt.Println("not evaluated")
	}
	h := 14
	switch {
	case h < 12:
		fmt.Println("Good morning!")
	case h < 17:
		fmt.Println("Good afternoon.")
		fallthrough
	case h > 100:
		fmt.Println("(fell through)")
	default:
		fmt.Println("Good evening.")
	}
	fmt.Println(time.Saturday+1, time.Weekday(0), time.March)
}
