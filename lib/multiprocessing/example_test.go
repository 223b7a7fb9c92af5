package multiprocessing_test

import (
	"fmt"
	"os"

	mp "github.com/gonotes/gonotes/lib/multiprocessing"
)

// sumRange is a target: a top-level function, registered by TestMain's
// call to Main (in a program: multiprocessing.Main(sumRange) in main).
func sumRange(start, end int, result *mp.Queue) {
	total := 0
	for i := start; i < end; i++ {
		total += i
	}
	result.Put(total)
}

func init() { mp.Register(sumRange) }

// The course's example: two processes each sum half of a range and send
// their result through a Queue.
func Example() {
	const START, END = 0, 100_000_000
	result := mp.NewQueue()
	p1 := &mp.Process{Target: sumRange, Args: []any{START, END / 2, result}}
	p2 := &mp.Process{Target: sumRange, Args: []any{END / 2, END, result}}
	p1.Start()
	p2.Start()
	p1.Join()
	p2.Join()
	total := result.Get().(int) + result.Get().(int)
	fmt.Printf("Result:%d\n", total)
	fmt.Println(p1.Pid() != os.Getpid(), p1.ExitCode())
	// Output:
	// Result:4999999950000000
	// true 0
}

func ExamplePool_Map() {
	p := mp.NewPool(2)
	defer p.Terminate()
	squares, err := p.Map(square, []int{1, 2, 3, 4})
	fmt.Println(squares, err)
	// Output: [1 4 9 16] <nil>
}

func ExampleProcess_GetName() {
	named := &mp.Process{Target: sumRange, Name: "adder"}
	unnamed := &mp.Process{Target: sumRange}
	fmt.Println(named.GetName())
	// Python's default name, taken before Start: "Process-N".
	fmt.Println(len(unnamed.GetName()) > len("Process-"))
	// Output:
	// adder
	// true
}

func ExamplePipe() {
	parent, child := mp.Pipe()
	p := &mp.Process{Target: pipeEcho, Args: []any{child}}
	p.Start()
	child.Close()
	parent.Send("안녕")
	fmt.Println(parent.Recv())
	parent.Close() // the child sees EOF and ends
	p.Join()
	// Output: 안녕 <nil>
}

func ExampleManager() {
	m := mp.NewManager()
	defer m.Shutdown()
	l := m.List()
	var ps []*mp.Process
	for i := 0; i < 3; i++ {
		ps = append(ps, &mp.Process{Target: listAppend, Args: []any{l, 7}})
		ps[i].Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Println(l)
	// Output: [7, 7, 7]
}

// initLock and initCount are set in each pool worker by initWorker, as Python's
// global set by a Pool initializer.
var (
	initLock  *mp.Lock
	initCount *mp.Value
)

func initWorker(l *mp.Lock, v *mp.Value) { initLock, initCount = l, v }

func countOne(int) int {
	initLock.Acquire()
	defer initLock.Release()
	initCount.Set(initCount.Get().(int) + 1)
	return initCount.Get().(int)
}

func init() { mp.Register(initWorker, countOne) }

// A Lock and a Value shared with the workers of a Pool through its
// Initializer, as Python's Pool(initializer=init, initargs=(lock, v)).
func ExamplePool_initializer() {
	lock, v := mp.NewLock(), mp.NewValue("i", 0)
	pool := &mp.Pool{Processes: 2, Initializer: initWorker, InitArgs: []any{lock, v}}
	defer pool.Terminate()
	if _, err := pool.Map(countOne, make([]int, 10)); err != nil {
		fmt.Println(err)
	}
	fmt.Println(v.Get())
	// Output:
	// 10
}

// Python's Pool(0) is invalid: ZeroProcesses spells it (NewPool(0) would
// mean CPUCount() workers, Python's Pool()).
func ExampleZeroProcesses() {
	p := mp.NewPool(mp.ZeroProcesses)
	_, err := p.Map(square, []any{1, 2})
	fmt.Println(err)
	// Output:
	// ValueError: Number of processes must be at least 1
}

// firstClaim records in d which child claimed a key first, as Python's
// d.setdefault(k, v) on a Manager dict.
func firstClaim(d *mp.DictProxy, who string) { d.SetDefault("winner", who) }

func init() { mp.Register(firstClaim) }

// SetDefault sets a key only if it is missing, in one step in the
// Manager: of several processes racing for it, one sets it and the others
// get its value.
func ExampleDictProxy_SetDefault() {
	m := mp.NewManager()
	defer m.Shutdown()
	d := m.Dict()
	fmt.Println(d.SetDefault("hits", 0), d.SetDefault("hits", 99))
	var ps []*mp.Process
	for _, who := range []string{"a", "b", "c"} {
		p := &mp.Process{Target: firstClaim, Args: []any{d, who}}
		p.Start()
		ps = append(ps, p)
	}
	for _, p := range ps {
		p.Join()
	}
	w := d.Get("winner").(string)
	fmt.Println(d.Len(), w == "a" || w == "b" || w == "c")
	// Output:
	// 0 0
	// 2 true
}

// Sort sorts a Manager list in place in the manager, as Python's
// list.sort() on a proxy; values that cannot be ordered give Python's
// TypeError and leave the list as it was.
func ExampleListProxy_Sort() {
	m := mp.NewManager()
	defer m.Shutdown()
	l := m.List(3, 1.5, 2, true)
	l.Sort()
	fmt.Println(l)
	l.Sort(true)
	fmt.Println(l)
	words := m.List("pear", "fig", 7)
	fmt.Println(words.Sort())
	fmt.Println(words)
	// Output:
	// [True, 1.5, 2, 3]
	// [3, 2, 1.5, True]
	// TypeError: '<' not supported between instances of 'int' and 'str'
	// ['pear', 'fig', 7]
}
