package main

import "errors"

func main() {
	err := errors.New("x")
	if err != nil {
		return err
	}
}
