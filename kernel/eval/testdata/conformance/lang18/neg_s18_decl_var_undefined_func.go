package main

func main() {
	var _ = undefinedFunc()
}
