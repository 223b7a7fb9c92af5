package main

func find(s []int) int {
	for i := 0; i < len(s); i++ {
		return i
	}
}

func main() {
	find(nil)
}
