package main

import (
	"container/ring"
	"fmt"
)

func main() {
	// ExampleRing_Len
	{
		// Create a new ring of size 4
		r := ring.New(4)

		// Print out its length
		fmt.Println(r.Len())

	}

	// ExampleRing_Next
	{
		// Create a new ring of size 5
		r := ring.New(5)

		// Get the length of the ring
		n := r.Len()

		// Initialize the ring with some integer values
		for i := 0; i < n; i++ {
			r.Value = i
			r = r.Next()
		}

		// Iterate through the ring and print its contents
		for j := 0; j < n; j++ {
			fmt.Println(r.Value)
			r = r.Next()
		}

	}

	// ExampleRing_Prev
	{
		// Create a new ring of size 5
		r := ring.New(5)

		// Get the length of the ring
		n := r.Len()

		// Initialize the ring with some integer values
		for i := 0; i < n; i++ {
			r.Value = i
			r = r.Next()
		}

		// Iterate through the ring backwards and print its contents
		for j := 0; j < n; j++ {
			r = r.Prev()
			fmt.Println(r.Value)
		}

	}

	// ExampleRing_Do
	{
		// Create a new ring of size 5
		r := ring.New(5)

		// Get the length of the ring
		n := r.Len()

		// Initialize the ring with some integer values
		for i := 0; i < n; i++ {
			r.Value = i
			r = r.Next()
		}

		// Iterate through the ring and print its contents
		r.Do(func(p any) {
			fmt.Println(p.(int))
		})

	}
}
