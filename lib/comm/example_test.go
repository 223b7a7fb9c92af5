package comm_test

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/comm"
)

// A comm to a front end's target: outside a notebook there is no front end,
// so the messages go nowhere, but the comm works the same.
func Example() {
	c := comm.Open("my_target", map[string]any{"hello": "world"}, nil)
	c.OnMsg(func(data map[string]any) { fmt.Println("front end says", data) })
	c.Send(map[string]any{"count": 1})
	c.Close(nil)
	fmt.Println(c.Target(), c.Closed())
	// Output: my_target true
}

// A target the front end may open comms to.
func ExampleRegisterTarget() {
	comm.RegisterTarget("echo", func(c *comm.Comm, data map[string]any) {
		c.OnMsg(func(d map[string]any) { c.Send(d) })
	})
	defer comm.RegisterTarget("echo", nil)
	fmt.Println("registered")
	// Output: registered
}

// A comm whose handler is in place before the front end hears of it.
func ExampleOpenWith() {
	c := comm.OpenWith("my_target", nil, nil,
		func(data map[string]any) { fmt.Println("front end says", data) },
		func(map[string]any) { fmt.Println("front end closed it") })
	c.Close(nil)
	fmt.Println(c.Closed())
	// Output: true
}
