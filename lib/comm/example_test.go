package comm_test

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/comm"
	"github.com/gonotes/gonotes/lib/hook"
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
		func(data map[string]any) { fmt.Println("front end says", data["text"]) },
		func(map[string]any) { fmt.Println("front end closed it") })
	// The front end's messages, as the kernel delivers them.
	hook.HandleComm("comm_msg", map[string]any{"comm_id": c.ID(), "data": map[string]any{"text": "hi"}})
	hook.HandleComm("comm_close", map[string]any{"comm_id": c.ID()})
	fmt.Println(c.Closed())
	// Output:
	// front end says hi
	// front end closed it
	// true
}
