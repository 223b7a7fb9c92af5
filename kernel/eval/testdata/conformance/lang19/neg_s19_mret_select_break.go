package main

import "fmt"

func recv(ch chan int) int {
	for {
		select {
		case v := <-ch:
			return v
		default:
			break
		}
		break
	}
}

func main() {
	fmt.Println(recv(nil))
}
