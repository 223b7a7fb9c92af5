package main

import "fmt"

func msg(err error) string {
	return err
}

func main() {
	fmt.Println(msg(nil))
}
