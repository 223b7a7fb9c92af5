package main

import "fmt"

func classify(c chan int, mode string) string {
	res := "none"
	switch mode {
	case "recv":
		select {
		case v := <-c:
			switch {
			case v < 0:
				res = "negative"
				break
			default:
				res = fmt.Sprint("value ", v)
			}
			if v == 0 {
				break
			}
			res += "!"
		default:
			res = "empty"
		}
	case "skip":
		res = "skipped"
	}
	return res
}

func main() {
	c := make(chan int, 4)
	for _, v := range []int{-1, 0, 5} {
		c <- v
	}
	fmt.Println(classify(c, "recv"))
	fmt.Println(classify(c, "recv"))
	fmt.Println(classify(c, "recv"))
	fmt.Println(classify(c, "recv"))
	fmt.Println(classify(c, "skip"))
}
