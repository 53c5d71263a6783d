import { render } from 'preact';
import { TrainerApp } from './TrainerApp';

render(<TrainerApp />, document.getElementById('root')!);
