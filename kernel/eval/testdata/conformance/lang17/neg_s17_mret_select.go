package main

func wait(c chan int) int {
	select {
	case v := <-c:
		return v
	default:
	}
}

func main() {
	wait(nil)
}
